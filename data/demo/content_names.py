"""Given names and surnames for the demo pool, grouped by naming culture.

Each culture has female and male given names, surnames ("Kowalski|Kowalska" where a surname
takes a gendered form, "_" for a space inside one surname), the language spoken at home and
universities people from there often attended before moving abroad. ``content.COUNTRIES``
says how often each culture is met in each country.
"""

CULTURES: dict[str, dict] = {
    "british": {
        "f": "Charlotte Amelia Sophie Emily Hannah Lucy Rebecca Eleanor Abigail Megan Harriet "
        "Imogen Rosie Grace",
        "m": "Oliver Harry George James Thomas Jack Daniel Sam Callum Rhys Alfie Ben Joe Matthew",
        "last": "Turner Walsh Hughes Clarke Wright Cooper Bennett Foster Marshall Holmes Barker "
        "Lloyd Price Fletcher Griffiths Chapman Harding Pearson Ellis Whitaker Davies "
        "Hargreaves Morgan Stevens",
        "lang": "English",
    },
    "irish": {
        "f": "Aoife Niamh Siobhán Róisín Saoirse Orla Caoimhe Clodagh Sinéad Ciara",
        "m": "Cian Oisín Ciarán Darragh Eoin Seán Pádraig Conor Fionn Donal",
        "last": "Murphy O'Sullivan Byrne Kelly Doyle McCarthy Ryan Brennan Quinn O'Connor "
        "Fitzgerald Nolan Kavanagh Dunne Ó_Briain",
        "lang": "English",
        "unis": ["Trinity College Dublin", "University College Dublin"],
    },
    "german": {
        "f": "Anna Lena Marie Johanna Katharina Laura Sarah Julia Franziska Miriam Nele Carla",
        "m": "Lukas Felix Tobias Maximilian Niklas Florian Moritz Sebastian Jannik Philipp Jan "
        "Matthias",
        "last": "Müller Schneider Fischer Wagner Becker Hoffmann Schäfer Koch Richter Wolf "
        "Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Vogel Keller Brandt",
        "lang": "German",
    },
    "dutch": {
        "f": "Sanne Fleur Lotte Eva Anouk Iris Maaike Femke Noor Roos",
        "m": "Daan Bram Jesse Thijs Ruben Sem Joris Wouter Stijn Maarten",
        "last": "de_Vries van_Dijk Jansen Bakker Visser Smit Meijer de_Boer Mulder de_Groot "
        "Bos Vos Peeters Hendriks van_Leeuwen Dekker",
        "lang": "Dutch",
    },
    "french": {
        "f": "Camille Chloé Manon Léa Mathilde Clara Margaux Élodie Pauline Juliette",
        "m": "Louis Hugo Théo Antoine Julien Nicolas Baptiste Maxime Guillaume Romain",
        "last": "Martin Bernard Dubois Lefèvre Moreau Laurent Simon Michel Garnier Rousseau "
        "Fontaine Chevalier Girard Mercier Blanc Faure",
        "lang": "French",
    },
    "quebecois": {
        "f": "Camille Émilie Gabrielle Audrey Marie-Ève Catherine Noémie",
        "m": "Mathieu Olivier Simon Alexandre Félix Jérémie Samuel",
        "last": "Tremblay Gagnon Roy Côté Bouchard Gauthier Lavoie Bélanger Pelletier Fortin",
        "lang": "French",
    },
    "spanish": {
        "f": "Lucía Marta Carmen Elena Paula Irene Nuria Alba Cristina Rocío",
        "m": "Pablo Javier Alejandro Diego Sergio Álvaro Raúl Adrián Jorge Iñaki",
        "last": "García Fernández López Martínez Sánchez Romero Navarro Torres Domínguez Ruiz "
        "Moreno Jiménez Ortega Castillo Vidal Serrano",
        "lang": "Spanish",
    },
    "hispanic": {
        "f": "Valentina Daniela Ximena Paola Andrea Camila Mariana Gabriela",
        "m": "Carlos José Luis Andrés Sebastián Mateo Santiago Emiliano",
        "last": "Hernández González Rodríguez Pérez Ramírez Flores Rivera Gómez Díaz Vargas "
        "Morales Ortiz Mendoza Aguilar",
        "lang": "Spanish",
        "unis": [
            "Universidad Nacional Autónoma de México",
            "Universidad de los Andes",
            "Tecnológico de Monterrey",
        ],
    },
    "portuguese": {
        "f": "Beatriz Mariana Catarina Sofia Leonor Rita Joana Marta Filipa",
        "m": "João Tiago Rui Miguel Duarte André Gonçalo Pedro Nuno",
        "last": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gomes "
        "Lopes Marques Ribeiro Almeida Pinto",
        "lang": "Portuguese",
    },
    "brazilian": {
        "f": "Gabriela Larissa Fernanda Juliana Camila Aline Bianca Letícia",
        "m": "Lucas Rafael Thiago Bruno Matheus Felipe Gustavo Vinícius",
        "last": "Souza Lima Alves Barbosa Rocha Cardoso Nascimento Araújo Moura Teixeira Vieira "
        "Mendes Castro Freitas",
        "lang": "Portuguese",
        "unis": ["Universidade de São Paulo", "UNICAMP", "Universidade Federal de Minas Gerais"],
    },
    "italian": {
        "f": "Giulia Francesca Chiara Federica Sara Elisa Valentina Martina",
        "m": "Marco Luca Alessandro Matteo Davide Stefano Riccardo Lorenzo",
        "last": "Rossi Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Esposito "
        "Mancini Lombardi Barbieri",
        "lang": "Italian",
        "unis": [
            "Politecnico di Milano",
            "University of Bologna",
            "Sapienza University of Rome",
            "Politecnico di Torino",
        ],
    },
    "polish": {
        "f": "Marta Agnieszka Katarzyna Aleksandra Magdalena Zofia Natalia Joanna Karolina",
        "m": "Piotr Tomasz Michał Paweł Krzysztof Jakub Wojciech Marcin Bartosz",
        "last": "Kowalski|Kowalska Nowak Wiśniewski|Wiśniewska Wójcik Kamiński|Kamińska "
        "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak "
        "Dąbrowski|Dąbrowska Kozłowski|Kozłowska Jankowski|Jankowska Mazur Krawczyk",
        "lang": "Polish",
        "unis": [
            "Warsaw University of Technology",
            "AGH University of Krakow",
            "University of Warsaw",
        ],
    },
    "ukrainian": {
        "f": "Olena Iryna Oksana Kateryna Yuliia Anastasiia Sofiia",
        "m": "Andrii Dmytro Oleksandr Taras Serhii Bohdan Yaroslav",
        "last": "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Marchenko "
        "Lysenko Savchenko Rudenko Hnatiuk",
        "lang": "Ukrainian",
        "unis": [
            "Kyiv Polytechnic Institute",
            "Lviv Polytechnic National University",
            "Taras Shevchenko National University of Kyiv",
        ],
    },
    "russian": {
        "f": "Ekaterina Daria Natalia Polina Ksenia Alina",
        "m": "Alexei Dmitri Ivan Sergei Mikhail Nikolai",
        "last": "Ivanov|Ivanova Petrov|Petrova Smirnov|Smirnova Volkov|Volkova "
        "Sokolov|Sokolova Morozov|Morozova Orlov|Orlova Belov|Belova",
        "lang": "Russian",
        "unis": ["ITMO University", "Moscow Institute of Physics and Technology"],
    },
    "romanian": {
        "f": "Ioana Andreea Bianca Raluca Alexandra Diana",
        "m": "Andrei Mihai Alexandru Bogdan Radu Vlad",
        "last": "Popescu Ionescu Dumitru Stan Stoica Gheorghe Munteanu Constantin Marin Dinu",
        "lang": "Romanian",
        "unis": ["Politehnica University of Bucharest", "Babeș-Bolyai University"],
    },
    "greek": {
        "f": "Eleni Katerina Sofia Despina Ioanna Christina",
        "m": "Giorgos Nikos Dimitris Kostas Yannis Alexandros",
        "last": "Papadopoulos|Papadopoulou Georgiou Nikolaidis|Nikolaidou Konstantinou "
        "Vlachos|Vlachou Oikonomou Alexiou Christodoulou Karagiannis|Karagianni",
        "lang": "Greek",
        "unis": ["National Technical University of Athens", "Aristotle University of Thessaloniki"],
    },
    "turkish": {
        "f": "Elif Zeynep Ayşe Merve Selin Deniz Ece",
        "m": "Emre Mehmet Can Burak Mert Kerem Onur",
        "last": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Koç Kurt",
        "lang": "Turkish",
        "unis": [
            "Middle East Technical University",
            "Boğaziçi University",
            "Istanbul Technical University",
        ],
    },
    "arabic": {
        "f": "Layla Nour Yasmin Rania Salma Amira Farah Hind",
        "m": "Omar Karim Youssef Tarek Sami Hassan Mehdi Walid",
        "last": "Haddad Khoury Mansour Benali El_Amrani Nasser Saleh Aziz Bakri Chahine "
        "Benjelloun Hamdan",
        "lang": "Arabic",
        "unis": ["American University of Beirut", "Cairo University", "Mohammed V University"],
    },
    "iranian": {
        "f": "Shirin Leila Parisa Niloufar Mahsa Roya",
        "m": "Arash Dariush Kian Reza Babak Omid",
        "last": "Hosseini Rahimi Karimi Moradi Tehrani Jafari Sadeghi Ahmadi Farahani Kazemi",
        "lang": "Persian",
        "unis": ["Sharif University of Technology", "University of Tehran"],
    },
    "indian": {
        "f": "Ananya Kavya Neha Divya Shreya Meera Aishwarya Pooja Lakshmi Nandini Ishita",
        "m": "Arjun Rahul Vikram Rohan Aditya Karthik Siddharth Nikhil Aravind Sanjay Varun",
        "last": "Sharma Iyer Nair Reddy Gupta Menon Krishnan Patel Desai Rao Kulkarni "
        "Chatterjee Banerjee Mehta Subramanian Bhat Joshi",
        "lang": "Hindi",
        "unis": [
            "IIT Madras",
            "BITS Pilani",
            "VIT Vellore",
            "Anna University",
            "Manipal Institute of Technology",
            "University of Pune",
        ],
    },
    "pakistani": {
        "f": "Ayesha Sana Hira Fatima Zainab Mahnoor",
        "m": "Ali Bilal Usman Hamza Faisal Imran",
        "last": "Khan Hussain Malik Qureshi Ahmed Chaudhry Sheikh Raza Siddiqui Butt",
        "lang": "Urdu",
        "unis": ["LUMS", "NUST", "FAST-NUCES"],
    },
    "bangladeshi": {
        "f": "Nusrat Tasnim Farhana Sadia",
        "m": "Tanvir Rafiq Arif Sabbir",
        "last": "Rahman Islam Hossain Chowdhury Uddin Akter",
        "lang": "Bengali",
        "unis": ["BUET", "University of Dhaka"],
    },
    "chinese": {
        "f": "Mei Xinyi Jing Lin Wen Yan Hui Xiaoling",
        "m": "Wei Hao Jun Lei Tao Ming Zhen Yifan",
        "last": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Guo",
        "lang": "Mandarin",
        "unis": [
            "Zhejiang University",
            "Wuhan University",
            "Fudan University",
            "Sun Yat-sen University",
        ],
    },
    "cantonese": {
        "f": "Grace Karen Winnie Michelle Vivian Cindy",
        "m": "Kevin Raymond Eric Jason Kelvin Derek",
        "last": "Wong Chan Leung Cheung Lau Ho Ng Tse Yip Chow",
        "lang": "Cantonese",
        "unis": ["University of Hong Kong", "HKUST"],
    },
    "japanese": {
        "f": "Haruka Aiko Sakura Naomi Emi Mio",
        "m": "Kenji Takumi Haruto Daisuke Ryo Sho",
        "last": "Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kato",
        "lang": "Japanese",
        "unis": ["Keio University", "Osaka University"],
    },
    "korean": {
        "f": "Ji-woo Min-ji Seo-yeon Hana Soo-jin Eun-ji",
        "m": "Min-jun Ji-hoon Hyun-woo Seung-ho Dong-hyun Jae-won",
        "last": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim",
        "lang": "Korean",
        "unis": ["KAIST", "Seoul National University", "Yonsei University"],
    },
    "vietnamese": {
        "f": "Linh Trang Thu Ngoc Mai Huong",
        "m": "Minh Duc Quang Tuan Huy Khoa",
        "last": "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo",
        "lang": "Vietnamese",
        "unis": ["Hanoi University of Science and Technology", "Vietnam National University"],
    },
    "filipino": {
        "f": "Joy Kristine Angelica Patricia Bea Carmela",
        "m": "Mark Paolo Carlo Jerome Rafael Miguel",
        "last": "Santos Reyes Cruz Bautista Mendoza Villanueva Aquino Dela_Cruz Ramos Navarro",
        "lang": "Filipino",
        "unis": ["University of the Philippines Diliman", "Ateneo de Manila University"],
    },
    "nigerian": {
        "f": "Chiamaka Adaeze Funmilayo Ngozi Temitope Folake Ifeoma Yewande",
        "m": "Chinedu Olumide Emeka Tunde Babajide Obinna Ikenna Segun",
        "last": "Okafor Okonkwo Balogun Eze Nwosu Adebayo Obi Ogunleye Chukwu Afolabi Olatunji "
        "Adeyemi",
        "lang": "Yoruba",
        "unis": ["University of Lagos", "Obafemi Awolowo University", "Covenant University"],
    },
    "ghanaian": {
        "f": "Abena Akosua Efua Ama Adwoa",
        "m": "Kwame Kofi Yaw Kwabena Kojo",
        "last": "Mensah Owusu Boateng Asante Osei Appiah Agyeman Darko",
        "lang": "Twi",
        "unis": ["University of Ghana", "KNUST"],
    },
    "kenyan": {
        "f": "Wanjiru Achieng Njeri Amani Zawadi",
        "m": "Kamau Otieno Baraka Kiprono Mutua",
        "last": "Mwangi Kariuki Wanjala Njoroge Ochieng Kiplagat Mutua Omondi",
        "lang": "Swahili",
        "unis": ["University of Nairobi", "Strathmore University"],
    },
    "ethiopian": {
        "f": "Selam Hiwot Meron Bethlehem",
        "m": "Dawit Yonas Abel Henok",
        "last": "Tesfaye Bekele Haile Girma Alemu Wolde",
        "lang": "Amharic",
        "unis": ["Addis Ababa University"],
    },
    "nordic": {
        "f": "Astrid Ingrid Freja Maja Sigrid Ebba Linnea Ida Karin Signe",
        "m": "Erik Lars Oskar Magnus Anders Henrik Nils Mads Rasmus Fredrik",
        "last": "Andersson Johansson Lindqvist Nilsson Berg Larsen Hansen Pedersen Nielsen "
        "Eriksson Solberg Dahl Lund Holm Sandberg",
        "lang": None,  # the country's own language
    },
    "finnish": {
        "f": "Aino Emilia Sanna Kaisa Elina Veera",
        "m": "Mikko Juha Ville Antti Eero Lauri",
        "last": "Virtanen Korhonen Mäkinen Nieminen Lehtonen Hämäläinen Laine Heikkinen",
        "lang": "Finnish",
    },
    "american": {
        "f": "Ashley Jessica Brittany Kayla Jasmine Madison Tiana Lauren Rachel Morgan Taylor "
        "Danielle",
        "m": "Tyler Brandon Justin Marcus Jordan Kyle Derrick Andre Ryan Cody Nathan Caleb",
        "last": "Johnson Williams Brown Davis Miller Wilson Anderson Jackson Thompson Harris "
        "Robinson Lewis Walker Young Allen Mitchell Carter Brooks Reed Coleman",
        "lang": "English",
    },
}
