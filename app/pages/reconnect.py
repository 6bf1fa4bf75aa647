import streamlit as st

st.title("reconnect")
